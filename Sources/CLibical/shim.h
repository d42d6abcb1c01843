#ifndef CORTEGE_CLIBICAL_SHIM_H
#define CORTEGE_CLIBICAL_SHIM_H
#include <libical/ical.h>
#endif
