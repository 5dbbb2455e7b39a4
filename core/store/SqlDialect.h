#pragma once

namespace careerdesk {

enum class SqlDialect { Sqlite, PostgreSql };

} // namespace careerdesk
