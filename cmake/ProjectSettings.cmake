# INTERFACE target carrying the language level, warnings and sanitizer flags for our own targets only.
add_library(causeline_settings INTERFACE)
target_compile_features(causeline_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_include_directories(causeline_settings INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_options(causeline_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wextra-semi
  $<$<BOOL:${CAUSELINE_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(causeline_settings INTERFACE
  $<$<CONFIG:Debug,CI>:_GLIBCXX_ASSERTIONS>
  CAUSELINE_VERSION="${PROJECT_VERSION}")
if(CAUSELINE_SANITIZE)
  target_compile_options(causeline_settings INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(causeline_settings INTERFACE -fsanitize=address,undefined)
endif()

# "CI" build type: optimised, with debug info and assertions kept on.
set(CMAKE_CXX_FLAGS_CI "-O2 -g" CACHE STRING "Flags for the CI build type")
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()
