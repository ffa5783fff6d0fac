// libxml2's HTML parser and tree, for Nianbao's HTML reader, and its SAX2 XML parser, for the .docx reader
// (Debian: libxml2-dev).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with the copy inside Foundation. The reader never touches
// the encoding handlers that use ICU types, so they are declared without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlerror.h>

static void nb_xml_ignore(void *context, const char *message, ...) { (void)context; (void)message; }

/// Keeps libxml2 from printing to standard error on this thread: a page's encoding errors are the reader's
/// business (it reads what it can), not a message for the person at the terminal.
static inline void nb_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, nb_xml_ignore);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/// Frees memory libxml2 allocated (xmlFree is a global function pointer, which Swift 6 cannot read safely).
static inline void nb_xml_free(void *pointer) { xmlFree(pointer); }
