# Install rules: libattune.a and libattune.so, the public headers, the attune executable, the CMake
# package (find_package(attune CONFIG) → attune::attune) and attune.pc for pkg-config.
include(CMakePackageConfigHelpers)

set(ATTUNE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/attune)

install(TARGETS attune attune_shared EXPORT attuneTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# Only the public headers: everything under engine/src stays internal.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/engine/include/attune
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")
if(ATTUNE_BUILD_REPL)
  install(TARGETS attune_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT attuneTargets NAMESPACE attune:: DESTINATION ${ATTUNE_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/attuneConfig.cmake.in
  ${PROJECT_BINARY_DIR}/attuneConfig.cmake INSTALL_DESTINATION ${ATTUNE_CMAKE_DIR})
# Before 1.0 every minor release may change the API, as the SONAME (MAJOR.MINOR) says.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/attuneConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/attuneConfig.cmake ${PROJECT_BINARY_DIR}/attuneConfigVersion.cmake
  ${PROJECT_SOURCE_DIR}/cmake/FindStemmer.cmake DESTINATION ${ATTUNE_CMAKE_DIR})

# The .pc file finds its prefix from where it lies, so `cmake --install --prefix` anywhere works.
file(RELATIVE_PATH ATTUNE_PC_TO_PREFIX /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
string(REGEX REPLACE "/$" "" ATTUNE_PC_TO_PREFIX "${ATTUNE_PC_TO_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/attune.pc.in ${PROJECT_BINARY_DIR}/attune.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/attune.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
