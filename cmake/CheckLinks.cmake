# cmake -DFILES="a;b" -DFORBIDDEN="regex" -P CheckLinks.cmake
# Fails when any of FILES is dynamically linked against a library matching FORBIDDEN.
# Guards layer boundaries at the binary level (e.g. sb_core tests must not pull in QtGui).
foreach(file IN LISTS FILES)
    execute_process(COMMAND ldd "${file}" OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "ldd failed on ${file}")
    endif()
    string(REGEX MATCHALL "${FORBIDDEN}" hits "${libs}")
    if(hits)
        list(REMOVE_DUPLICATES hits)
        message(FATAL_ERROR "${file} links ${hits}")
    endif()
    get_filename_component(name "${file}" NAME)
    message(STATUS "${name}: no ${FORBIDDEN}")
endforeach()
