#pragma once

// The address of a database on a PostgreSQL server, as the layers above the services read it (the
// window's server dialog parses what a person typed, shows its parts and remembers it): the store's
// ServerAddress, reached through the services as the rest of the store is.
#include "store/ServerAddress.h"
