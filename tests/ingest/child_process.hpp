#pragma once
// Starting, killing and waiting for a causeline child process (safety tests).
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

extern char** environ;

namespace causeline::test {

/// Starts `causeline ARGS...` with stdout and stderr sent to files in `workdir`.
inline pid_t spawn_causeline(const std::vector<std::string>& args, const std::string& workdir,
                             const std::string& tag) {
  std::vector<std::string> argv = {CAUSELINE_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> cargv;
  for (auto& a : argv) cargv.push_back(a.data());
  cargv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  const std::string out = workdir + "/" + tag + ".out", err = workdir + "/" + tag + ".err";
  posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  setenv("CAUSELINE_LANG_DIR", CAUSELINE_TEST_LANG_DIR, 1);
  pid_t pid = -1;
  if (posix_spawn(&pid, CAUSELINE_BIN, &fa, nullptr, cargv.data(), environ) != 0)
    pid = -1;
  posix_spawn_file_actions_destroy(&fa);
  return pid;
}

/// Exit code of a finished child, -1 when it was killed by a signal.
inline int wait_exit(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid)
    return -2;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// True while the child runs (does not reap it).
inline bool running(pid_t pid) {
  siginfo_t info{};
  info.si_pid = 0;
  return waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
         info.si_pid == 0;
}

}  // namespace causeline::test
