#include "CLibraryLoader.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

int nb_library_load(nb_library *library) {
    int state = __atomic_load_n(&library->state, __ATOMIC_ACQUIRE);
    if (state != 0) return state == 1;
    pthread_mutex_lock(&library->mutex);
    if (library->state == 0) {
        // RTLD_LOCAL: the library's symbols stay out of the global scope, so they cannot replace anything else.
        void *handle = dlopen(library->soname, RTLD_NOW | RTLD_LOCAL);
        int found = handle != NULL;
        if (!handle) {
            const char *reason = dlerror();
            snprintf(library->error, sizeof library->error, "cannot load %s (%s)", library->soname,
                     reason ? reason : "not found");
        }
        for (size_t i = 0; found && i < library->count; i++) {
            library->slots[i] = dlsym(handle, library->names[i]);
            if (!library->slots[i]) {
                snprintf(library->error, sizeof library->error, "%s has no function %s", library->soname,
                         library->names[i]);
                found = 0;
            }
        }
        // A library without every function is not used at all: close it rather than keep a half-usable handle.
        if (handle && !found) dlclose(handle);
        __atomic_store_n(&library->state, found ? 1 : -1, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&library->mutex);
    return library->state == 1;
}

void nb_library_require(nb_library *library) {
    if (nb_library_load(library)) return;
    fprintf(stderr, "nianbao: %s\n", library->error);
    abort();
}
