#include "GraphApi.h"
