// See CProcessSpawn.h.
#define _GNU_SOURCE 1
#include "CProcessSpawn.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

int nb_spawn_addclosefrom(posix_spawn_file_actions_t *actions, int from) {
    return posix_spawn_file_actions_addclosefrom_np(actions, from);
}

int nb_spawn_addchdir(posix_spawn_file_actions_t *actions, const char *folder) {
    return posix_spawn_file_actions_addchdir_np(actions, folder);
}

int nb_spawnattr_prepare(posix_spawnattr_t *attributes) {
    sigset_t none;
    sigset_t all;
    sigemptyset(&none);
    sigfillset(&all);
    // Neither can be caught or ignored, so neither has an action to reset.
    sigdelset(&all, SIGKILL);
    sigdelset(&all, SIGSTOP);
    int result = posix_spawnattr_setsigmask(attributes, &none);
    if (result == 0) result = posix_spawnattr_setsigdefault(attributes, &all);
    if (result == 0) result = posix_spawnattr_setpgroup(attributes, 0);
    if (result == 0) {
        result = posix_spawnattr_setflags(
            attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    }
    return result;
}

int nb_pipe(int ends[2]) { return pipe2(ends, O_CLOEXEC); }

int nb_child_has_ended(pid_t pid, int block) {
    siginfo_t info;
    for (;;) {
        memset(&info, 0, sizeof info);
        int result = waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT | (block ? 0 : WNOHANG));
        if (result == -1 && errno == EINTR) continue;
        if (result == -1) return -1;
        // With WNOHANG, a child that runs on leaves si_pid 0.
        return info.si_pid == pid ? 1 : 0;
    }
}
