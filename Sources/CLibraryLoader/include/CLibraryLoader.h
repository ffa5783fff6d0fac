// Shared libraries opened on first use rather than at process start. The dynamic loader maps, relocates and binds
// every library an executable names before `main` runs; libraries only some commands need (libxlsxwriter for the
// county's workbook, libxml2 and its ICU for .docx files and web pages, HarfBuzz behind MuPDF) would cost every
// `nianbao` process their loading time. Their functions are defined here as trampolines of the same names and
// signatures (see CXlsxWriter, CLibXML2, CMuPDF), which resolve the library with dlopen the first time a caller asks
// for it.
//
// glibc has no lazy loading of named libraries (Solaris's `-z lazyload`); Implib.so generates such trampolines in
// assembly from a library's symbol table, and is not packaged by Debian. These are plain C, written against the
// library's own header, so the compiler checks each signature.
#ifndef NIANBAO_CLIBRARYLOADER_H
#define NIANBAO_CLIBRARYLOADER_H

#include <pthread.h>
#include <stddef.h>

/// A shared library and the functions taken from it. Define one per library as a static with
/// `NB_LIBRARY_INITIALIZER`; `slots[i]` receives the address of `names[i]`.
typedef struct {
    /// The file dlopen opens (`libxlsxwriter.so.4`): the soname the headers at build time belong to.
    const char *soname;
    /// The functions to take, and where their addresses go.
    const char *const *names;
    void **slots;
    size_t count;
    /// Serialises the first load; `state` is 0 before it, 1 when every function was found, -1 when not.
    pthread_mutex_t mutex;
    int state;
    /// Why loading failed, in words a person can act on.
    char error[512];
} nb_library;

#define NB_LIBRARY_INITIALIZER(soname, names, slots) \
    { (soname), (names), (slots), sizeof(names) / sizeof((names)[0]), PTHREAD_MUTEX_INITIALIZER, 0, { 0 } }

/// Opens the library and takes every function, once per process (thread-safe). Returns 1 when all were found; else
/// 0, and `library->error` says what is missing.
int nb_library_load(nb_library *library);

/// For a trampoline: the library is loaded, or the process stops with `library->error`. Callers check
/// `nb_library_load` before their first call, so this is reached only by a caller that did not.
void nb_library_require(nb_library *library);

// The trampolines of a library: `NB_LIBRARY_FUNCTIONS(LIST, soname)` defines, for every entry of LIST, a function
// of that name and signature that loads the library (`nb_library_require`) and calls the library's own, and the
// library itself as `static nb_library nb_library_handle`. LIST is an X-macro: `LIST(X, XV)` expands to one
// `X(return type, name, (parameters), (arguments))` per function, `XV(name, (parameters), (arguments))` for one that
// returns nothing.
#define NB_LIBRARY_SLOT(type, name, parameters, arguments) nb_slot_##name,
#define NB_LIBRARY_SLOT_VOID(name, parameters, arguments) nb_slot_##name,
#define NB_LIBRARY_NAME(type, name, parameters, arguments) #name,
#define NB_LIBRARY_NAME_VOID(name, parameters, arguments) #name,
#define NB_LIBRARY_TRAMPOLINE(type, name, parameters, arguments)                                                    \
    type name parameters {                                                                                          \
        nb_library_require(&nb_library_handle);                                                                     \
        return ((type(*) parameters)nb_library_slots[nb_slot_##name]) arguments;                                    \
    }
#define NB_LIBRARY_TRAMPOLINE_VOID(name, parameters, arguments)                                                     \
    void name parameters {                                                                                          \
        nb_library_require(&nb_library_handle);                                                                     \
        ((void(*) parameters)nb_library_slots[nb_slot_##name]) arguments;                                           \
    }
#define NB_LIBRARY_FUNCTIONS(LIST, soname)                                                                          \
    enum { LIST(NB_LIBRARY_SLOT, NB_LIBRARY_SLOT_VOID) };                                                           \
    static const char *const nb_library_names[] = { LIST(NB_LIBRARY_NAME, NB_LIBRARY_NAME_VOID) };                  \
    static void *nb_library_slots[sizeof(nb_library_names) / sizeof(nb_library_names[0])];                          \
    static nb_library nb_library_handle = NB_LIBRARY_INITIALIZER(soname, nb_library_names, nb_library_slots);       \
    LIST(NB_LIBRARY_TRAMPOLINE, NB_LIBRARY_TRAMPOLINE_VOID)

#endif
