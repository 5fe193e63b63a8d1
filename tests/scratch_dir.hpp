#pragma once
// ScratchDir: a test's own folder under the temporary directory, created empty and removed with
// everything in it when the object goes. CAUSELINE_KEEP_TEST_DIRS=1 keeps it, to look at after a
// failure. A temporary ScratchDir does not convert to a path: the folder would be gone at once.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace causeline::test {

class ScratchDir {
 public:
  /// TMPDIR/causeline-NAME-PID, emptied if a crashed run left it behind.
  explicit ScratchDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("causeline-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    if (std::getenv("CAUSELINE_KEEP_TEST_DIRS") != nullptr)
      return;
    std::error_code ec;  // a destructor must not throw; a leftover folder is harmless
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const& noexcept { return path_; }
  operator const std::filesystem::path&() const& noexcept { return path_; }  // NOLINT
  operator const std::filesystem::path&() const&& = delete;
  std::filesystem::path operator/(const std::filesystem::path& p) const { return path_ / p; }
  std::string string() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace causeline::test
