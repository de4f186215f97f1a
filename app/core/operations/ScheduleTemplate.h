#pragma once

// The scheduler templates moved to schedule/; this name stays until no one includes it.
#include "schedule/ScheduleTemplate.h"
