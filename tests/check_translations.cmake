# Every user-visible string is translated: lupdate reads the sources into copies of the .ts files
# (the committed ones are left alone) and any message left "unfinished" fails, with its source text.
# A string added or changed in the code without running lupdate and translating it fails here.
# cmake -DLUPDATE=... -DSOURCES_LIST=... -DTS_DIR=... -DWORK_DIR=... -P check_translations.cmake
foreach(var LUPDATE SOURCES_LIST TS_DIR WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "check_translations.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB catalogs "${TS_DIR}/*.ts")
if(NOT catalogs)
    message(FATAL_ERROR "no .ts files in ${TS_DIR}")
endif()
set(copies "")
foreach(catalog ${catalogs})
    get_filename_component(name "${catalog}" NAME)
    file(COPY "${catalog}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

# The same options as the hadesk_lupdate target (translations/CMakeLists.txt).
execute_process(COMMAND "${LUPDATE}" "@${SOURCES_LIST}" -ts ${copies} -locations none -no-obsolete
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()
if(NOT output MATCHES "Found [1-9][0-9]* source text")
    message(FATAL_ERROR "lupdate found no source texts; is the sources list right?\n${output}")
endif()

set(failed "")
foreach(copy ${copies})
    file(READ "${copy}" text)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        get_filename_component(name "${copy}" NAME)
        # The source texts, for the message (a message may carry comments before its translation).
        set(message_re "<source>([^<]*)</source>[ \n]*(<(extra)?comment>[^<]*</(extra)?comment>[ \n]*)*")
        string(REGEX MATCHALL "${message_re}<translation type=\"unfinished\"" missing "${text}")
        string(REGEX REPLACE "${message_re}<translation type=\"unfinished\"" "\\1" texts "${missing}")
        string(REPLACE ";" "\n    " texts "${texts}")
        string(APPEND failed "${name}: ${count} untranslated (lupdate, translate, commit the .ts):\n    ${texts}\n")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "${failed}")
endif()
message(STATUS "every message of ${TS_DIR} is translated")
