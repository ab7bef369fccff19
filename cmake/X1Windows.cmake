# The Windows side of an executable: an icon and version information (a .rc file) and an
# application manifest (asInvoker, UTF-8 as the process code page, long paths). Both are
# generated on every platform, so that a Linux build can check them (docs/windows.md); they are
# compiled into the executable only on Windows.
function(x1_add_windows_resources target description)
    set(X1_RC_NAME ${target})
    set(X1_RC_FILENAME ${target}.exe)
    set(X1_RC_DESCRIPTION "${description}")
    set(X1_RC_ICON ${PROJECT_SOURCE_DIR}/resources/windows/x1apply.ico)
    set(folder ${CMAKE_CURRENT_BINARY_DIR}/windows)
    configure_file(${PROJECT_SOURCE_DIR}/resources/windows/x1apply.rc.in ${folder}/${target}.rc @ONLY)
    configure_file(${PROJECT_SOURCE_DIR}/resources/windows/x1apply.manifest.in ${folder}/${target}.manifest @ONLY)
    if(WIN32)
        target_sources(${target} PRIVATE ${folder}/${target}.rc ${folder}/${target}.manifest)
    endif()
endfunction()
