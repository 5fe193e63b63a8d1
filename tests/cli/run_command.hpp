#pragma once
// Runs the causeline binary in a shell and captures exit code, stdout and stderr (end-to-end
// tests).
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/scratch_dir.hpp"

namespace causeline::test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Runs `causeline ARGS` (ARGS is shell syntax) with the test's language packs.
inline RunResult run_causeline(const std::string& args, const std::filesystem::path& workdir) {
  namespace fs = std::filesystem;
  fs::create_directories(workdir);
  fs::path out = workdir / "stdout.txt", err = workdir / "stderr.txt";
  std::string cmd = "cd '" + workdir.string() +
                    "' && CAUSELINE_LANG_DIR='" CAUSELINE_TEST_LANG_DIR "' '" CAUSELINE_BIN "' " +
                    args + " >'" + out.string() + "' 2>'" + err.string() + "'";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

/// A fresh, empty folder under the temporary directory, removed at the end of the test.
inline ScratchDir fresh_dir(const std::string& name) { return ScratchDir(name); }

}  // namespace causeline::test
