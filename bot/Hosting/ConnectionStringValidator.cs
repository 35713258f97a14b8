using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Termine.Booking.Persistence;

namespace Termine.Bot.Hosting;

/// <summary>
/// A connection string that does not parse stops the start with its key named; its value is not shown, because a
/// PostgreSQL connection string holds a password.
/// </summary>
public sealed class ConnectionStringValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            _ = options.Provider == DatabaseProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(options.ConnectionString).ConnectionString
                : new SqliteConnectionStringBuilder(options.ConnectionString).ConnectionString;
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            var example = options.Provider == DatabaseProvider.Postgres
                ? "Host=localhost;Database=termine;Username=termine;Password=…"
                : "Data Source=data/termine.db";
            return ValidateOptionsResult.Fail(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} (value not shown, it may hold a password) is not a {options.Provider} " +
                $"connection string ({e.Message.TrimEnd('.')}); use Key=Value pairs separated by semicolons such as {example}.");
        }
    }
}
