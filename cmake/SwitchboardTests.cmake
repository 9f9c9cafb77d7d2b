# sb_add_test(<source> LIBS <targets...> [WRAPPER <command...>]): one Qt Test executable per unit,
# registered with CTest. The test name is the layer folder plus the file name, e.g.
# core/tst_validator. WRAPPER runs the executable through a command (e.g. the keyring script).
function(sb_add_test source)
    cmake_parse_arguments(ARG "" "" "LIBS;LABELS;WRAPPER" ${ARGN})
    get_filename_component(name "${source}" NAME_WE)
    get_filename_component(layer "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(target "${layer}_${name}")
    add_executable(${target} "${source}")
    target_link_libraries(${target} PRIVATE sb::options Qt6::Test ${ARG_LIBS})
    add_test(NAME "${layer}/${name}" COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${target}>)
    set_tests_properties("${layer}/${name}" PROPERTIES
        LABELS "${layer};${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=sb.*.debug=false")
endfunction()
