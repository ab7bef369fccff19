# X1_SANITIZE: everything (the library, the programs, the tests) built with AddressSanitizer and
# UndefinedBehaviorSanitizer. Works with gcc and clang; see docs/reliability.md ("Sanitizers").
#   cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DX1_SANITIZE=ON
# X1_FUZZ: the libFuzzer targets under fuzz/ (clang only). The library is instrumented with
# -fsanitize=fuzzer-no-link,address,undefined, each target links with -fsanitize=fuzzer. The
# programs, tests and benchmarks are not built. scripts/fuzz.sh configures and runs it.
option(X1_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(X1_FUZZ "Build the libFuzzer targets under fuzz/ (clang; the programs and tests are left out)" OFF)

if(X1_SANITIZE AND NOT MSVC)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(X1_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "X1_FUZZ needs clang (CC=clang CXX=clang++); scripts/fuzz.sh sets it up")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
