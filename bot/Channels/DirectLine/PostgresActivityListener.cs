using Microsoft.Extensions.Options;
using Npgsql;
using Termine.Booking.Persistence;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// On PostgreSQL, LISTENs for the other hosts' notices of new Direct Line activities and wakes this process's streams.
/// After a (re)connect every stream looks again, for notices sent while nobody listened. Does nothing on SQLite.
/// </summary>
public sealed class PostgresActivityListener(
    IOptions<DatabaseOptions> database, ActivitySignals signals, TimeProvider time, ILogger<PostgresActivityListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Value.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.ListenerFailed(exception);
                // Cancelled at shutdown: the host treats a cancelled background task as stopped, not failed.
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // A connection of its own, outside the pool: it listens for as long as the host runs. Keep-alive lets a dead
        // connection surface as an error instead of a silent wait.
        var connectionString = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString) { Pooling = false, KeepAlive = 30 };
        await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notice) => signals.Signal(notice.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresActivityNotifier.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        signals.SignalAll();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }
}
