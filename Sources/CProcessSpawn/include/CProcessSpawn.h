// The parts of posix_spawn, pipe2 and waitid that Swift does not see in Glibc: glibc declares
// `posix_spawn_file_actions_addclosefrom_np`, `posix_spawn_file_actions_addchdir_np` and `pipe2` only under
// `_GNU_SOURCE`, and the end of a child is read from a `siginfo_t` union. `ProcessSpawn` starts programs through these.
#ifndef NIANBAO_CPROCESSSPAWN_H
#define NIANBAO_CPROCESSSPAWN_H

#include <spawn.h>
#include <sys/types.h>

/// Makes the child close every descriptor from `from` up before it runs the program (glibc 2.34's
/// `posix_spawn_file_actions_addclosefrom_np`, a `close_range` in the child). Returns 0 or an error number.
int nb_spawn_addclosefrom(posix_spawn_file_actions_t *actions, int from);

/// Makes the child change to `folder` before it runs the program (`posix_spawn_file_actions_addchdir_np`, glibc
/// 2.29). Returns 0 or an error number.
int nb_spawn_addchdir(posix_spawn_file_actions_t *actions, const char *folder);

/// Makes the child start with no blocked signals and every signal but SIGKILL and SIGSTOP at its default action,
/// whatever this process blocks or ignores, and in a process group of its own. Returns 0 or an error number.
int nb_spawnattr_prepare(posix_spawnattr_t *attributes);

/// A pipe whose two ends close when this process runs a program (`pipe2` with `O_CLOEXEC`): `ends[0]` reads,
/// `ends[1]` writes. Returns 0, or -1 with `errno`.
int nb_pipe(int ends[2]);

/// Whether the child `pid` has ended, without reaping it (`waitid` with `WNOWAIT`): 1 when it has, 0 when it runs
/// on (only when `block` is 0), -1 on an error (in `errno`; ECHILD once it was reaped). With `block`, waits for
/// the end, retrying when a signal interrupts the wait.
int nb_child_has_ended(pid_t pid, int block);

#endif
