# apim_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [NEEDS <sim|azurite|keyring>...]
#               [GUI] [TIMEOUT <seconds>] [LABELS <labels...>])
#
# One Qt Test executable per test class, registered with CTest. NEEDS attaches the
# CTest fixtures that start Azurite and azure-sim on free loopback ports (tests read
# their addresses through TestEnvironment in tests/support), or marks the test as
# needing the Secret Service of the private D-Bus session that .ci/run provides.
function(apim_add_test name)
  cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBRARIES;NEEDS;LABELS" ${ARGN})
  qt_add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE apim_test_support Qt6::Test ${T_LIBRARIES})
  add_test(NAME ${name} COMMAND ${name})
  set(env "APIM_TEST_STATE_DIR=${APIM_TEST_STATE_DIR}" "APIM_TEST_DATA_DIR=${PROJECT_SOURCE_DIR}/tests/data"
          "APIM_SIM_BINARY=$<TARGET_FILE:azure-sim>" "QT_QPA_PLATFORM=offscreen")
  set(fixtures "")
  foreach(need IN LISTS T_NEEDS)
    if(need STREQUAL "sim")
      list(APPEND fixtures apim_sim apim_azurite)
    elseif(need STREQUAL "azurite")
      list(APPEND fixtures apim_azurite)
    elseif(need STREQUAL "keyring")
      list(APPEND T_LABELS keyring)
    else()
      message(FATAL_ERROR "apim_add_test(${name}): unknown NEEDS value '${need}'")
    endif()
  endforeach()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  if(APIM_TEST_TIMEOUT_FACTOR) # preset asan: everything runs several times slower
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * ${APIM_TEST_TIMEOUT_FACTOR}")
  endif()
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "${env}"
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}"
    SKIP_REGULAR_EXPRESSION "SKIP   : .*initTestCase"
    # moc can miss every slot of a test class (a multi-line raw string literal in 6.4
    # does it); QtTest then runs only initTestCase and cleanupTestCase and "passes".
    FAIL_REGULAR_EXPRESSION "Totals: 2 passed, 0 failed, 0 skipped")
  if(fixtures)
    list(REMOVE_DUPLICATES fixtures)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${fixtures}")
  endif()
endfunction()
