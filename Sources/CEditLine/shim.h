/* filled in by LineEditing work */
#include <histedit.h>
