// The libxml2 functions the .docx and HTML readers call, as trampolines into the library opened on first use.
// Every libxml2 function they call (directly, or through a macro or an inline function of CLibXML2.h) must be
// listed here: one that is not is an undefined symbol when nianbao is linked.
#include "CLibXML2.h"

#include "CLibraryLoader.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

// (return type, name, parameters, arguments); XV for functions that return nothing.
#define NB_XML_FUNCTIONS(X, XV)                                                                                     \
    X(int, xmlStrEqual, (const xmlChar *str1, const xmlChar *str2), (str1, str2))                                    \
    XV(xmlStopParser, (xmlParserCtxtPtr ctxt), (ctxt))                                                               \
    XV(xmlSetStructuredErrorFunc, (void *ctx, xmlStructuredErrorFunc handler), (ctx, handler))                       \
    XV(xmlSetGenericErrorFunc, (void *ctx, xmlGenericErrorFunc handler), (ctx, handler))                             \
    X(int, xmlParseDocument, (xmlParserCtxtPtr ctxt), (ctxt))                                                        \
    XV(xmlInitParser, (void), ())                                                                                    \
    X(xmlChar *, xmlGetProp, (const xmlNode *node, const xmlChar *name), (node, name))                               \
    XV(xmlFreeParserCtxt, (xmlParserCtxtPtr ctxt), (ctxt))                                                           \
    XV(xmlFreeDoc, (xmlDocPtr cur), (cur))                                                                           \
    X(xmlNodePtr, xmlDocGetRootElement, (const xmlDoc *doc), (doc))                                                  \
    X(int, xmlCtxtUseOptions, (xmlParserCtxtPtr ctxt, int options), (ctxt, options))                                 \
    X(xmlParserCtxtPtr, xmlCreateMemoryParserCtxt, (const char *buffer, int size), (buffer, size))                   \
    X(htmlDocPtr, htmlReadMemory, (const char *buffer, int size, const char *URL, const char *encoding, int options), \
      (buffer, size, URL, encoding, options))

NB_LIBRARY_FUNCTIONS(NB_XML_FUNCTIONS, "libxml2.so.2")

int nb_xml_load(void) { return nb_library_load(&nb_library_handle); }

const char *nb_xml_error(void) { return nb_library_handle.error; }

void nb_xml_free(void *pointer) {
    // `xmlFree` is a variable of the library (the allocator's free function), looked up once it is open.
    static xmlFreeFunc *variable;
    xmlFreeFunc *found = __atomic_load_n(&variable, __ATOMIC_ACQUIRE);
    if (found == NULL) {
        nb_library_require(&nb_library_handle);
        void *handle = dlopen(nb_library_handle.soname, RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD);
        found = handle ? (xmlFreeFunc *)dlsym(handle, "xmlFree") : NULL;
        if (handle) dlclose(handle);
        if (found == NULL) {
            fprintf(stderr, "nianbao: %s has no xmlFree\n", nb_library_handle.soname);
            abort();
        }
        __atomic_store_n(&variable, found, __ATOMIC_RELEASE);
    }
    (*found)(pointer);
}
