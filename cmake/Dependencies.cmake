# Every dependency comes from a Debian package (scripts/setup installs them); no FetchContent.
find_package(date CONFIG REQUIRED)
find_package(SQLiteCpp REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(PkgConfig REQUIRED)
# RE2: linear-time, UTF-8-aware regular expressions for the temporal tagger.
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
# utf8proc: Unicode case folding and accent stripping for lexicon lookups.
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
# libxml2: the HTML parser for saved web pages and the streaming XML reader for RSS/Atom feeds.
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
find_package(Threads REQUIRED)
# libcrypto: SHA-256 of document contents, on the processor's SHA instructions where it has them.
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
# mimalloc: the causeline executable's allocator. An import allocates and frees many small strings
# and vectors on several threads; glibc's malloc spent about 14% of an import's time. Not under
# the sanitizers, which replace the allocator themselves.
if(CAUSELINE_MIMALLOC)
  find_package(mimalloc 2.0 REQUIRED)
endif()
if(CAUSELINE_BUILD_TESTS)
  find_package(Catch2 2.13 REQUIRED)
  include(Catch)
endif()
