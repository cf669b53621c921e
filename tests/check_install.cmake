# Installs a build into a scratch prefix and checks the layout and the installed desktop
# entry and AppStream metainfo, as a distribution package would ship them.
# cmake -DBUILD_DIR=... -DPREFIX=... -DDESKTOP_FILE_VALIDATE=... -DAPPSTREAMCLI=... -P check_install.cmake
foreach(var BUILD_DIR PREFIX)
    if(NOT ${var})
        message(FATAL_ERROR "check_install.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(app_id io.github.hadesk.hadesk)
set(expected
    bin/hadesk
    share/applications/${app_id}.desktop
    share/icons/hicolor/scalable/apps/${app_id}.svg
    share/metainfo/${app_id}.metainfo.xml)
foreach(path ${expected})
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "missing after install: ${path}\n${output}")
    endif()
endforeach()
if(NOT IS_DIRECTORY "${PREFIX}/bin" OR IS_DIRECTORY "${PREFIX}/bin/hadesk")
    message(FATAL_ERROR "bin/hadesk is not a file")
endif()
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
    message(FATAL_ERROR "unexpected installed files:\n  ${installed}\nexpected:\n  ${expected}")
endif()

# The desktop entry's Icon= and the icon's file name must agree, or menus show no icon.
file(STRINGS "${PREFIX}/share/applications/${app_id}.desktop" icon_line REGEX "^Icon=")
if(NOT icon_line STREQUAL "Icon=${app_id}")
    message(FATAL_ERROR "the desktop entry says '${icon_line}', the icon is ${app_id}.svg")
endif()

if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${PREFIX}/share/applications/${app_id}.desktop"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR NOT output STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate on the installed entry:\n${output}")
    endif()
endif()
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${PREFIX}/share/metainfo/${app_id}.metainfo.xml"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate on the installed metainfo:\n${output}")
    endif()
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed layout and files are valid")
