#pragma once

// Everything that turns what clerks type into the stored form, in one include.
#include "normalize/certificate_cell.h"
#include "normalize/phone.h"
#include "normalize/school_fields.h"
#include "normalize/text.h"
