# Install rules and packages. On Windows: the two programs, the Qt libraries and plugins they need
# (windeployqt, through Qt's deployment script), the DLLs of the vcpkg libraries, the MSVC
# runtime beside them (a user without administrator rights cannot install the redistributable),
# then CPack makes a per-user NSIS installer and a portable ZIP (docs/windows.md).
include(GNUInstallDirs)

if(WIN32)
    install(TARGETS x1apply x1apply-cli
        RUNTIME_DEPENDENCY_SET x1_library_dlls
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    # The DLLs of sqlite3, xlsxwriter, zip, freexl, qrencode, harfbuzz and what they need (zlib,
    # bzip2, iconv …) from vcpkg; Qt's come from windeployqt, the system's stay where they are.
    install(RUNTIME_DEPENDENCY_SET x1_library_dlls
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^(msvcp|vcruntime|concrt)[0-9_]*\\.dll$"
        POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]"
        DIRECTORIES "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin"
        DESTINATION ${CMAKE_INSTALL_BINDIR})
    qt_generate_deploy_app_script(TARGET x1apply OUTPUT_SCRIPT x1_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${x1_deploy_script})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_UCRT_LIBRARIES OFF) # part of Windows 10 and 11
    include(InstallRequiredSystemLibraries)
else()
    install(TARGETS x1apply x1apply-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME x1apply)
set(CPACK_PACKAGE_VENDOR x1apply)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "1+X 证书制度试点申报")
set(CPACK_PACKAGE_INSTALL_DIRECTORY x1apply)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY x1apply)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_FILE_NAME x1apply-${PROJECT_VERSION}-windows-x64)
if(NOT WIN32)
    set(CPACK_PACKAGE_FILE_NAME x1apply-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME})
endif()

# NSIS: our own script (cmake/nsis/NSIS.template.in) instead of CPack's, which asks for an
# administrator and installs for all users when it gets one.
set(CPACK_MODULE_PATH ${PROJECT_SOURCE_DIR}/cmake/nsis)
set(CPACK_NSIS_PACKAGE_NAME "x1apply 1+X 证书制度试点申报")
set(CPACK_NSIS_DISPLAY_NAME "x1apply 1+X 证书制度试点申报 ${PROJECT_VERSION}")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_X1_ICON ${PROJECT_SOURCE_DIR}/resources/windows/x1apply.ico)
set(CPACK_X1_VERSION ${PROJECT_VERSION})
set(CPACK_X1_PROGRAM x1apply.exe)

# The portable ZIP holds one folder (an archive generator's default): x1apply-<version>-windows-x64\bin\x1apply.exe.
if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
else()
    set(CPACK_GENERATOR TGZ)
endif()
include(CPack)
