using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Termine.Booking.Persistence.Writes;

/// <summary>
/// Keeps the contexts of <see cref="IDbContextFactory{TContext}"/> to reading: a save, an <c>ExecuteUpdate</c>, an
/// <c>ExecuteDelete</c> or raw SQL through one throws, unless the context was lent to a unit of work
/// (<see cref="DatabaseWrites{TContext}"/>) or to the start-up migration. On SQLite a write beside the write queue
/// would wait in the busy handler for the queue's lock; on PostgreSQL it would be a transaction nobody commits as one.
/// Registered on every context factory of both providers, so any test that reaches such a write fails.
/// </summary>
public sealed class ReadOnlyContexts : DbCommandInterceptor, ISaveChangesInterceptor
{
    public static readonly ReadOnlyContexts Instance = new();

    private static readonly ConditionalWeakTable<DbContext, object> Writable = [];

    private ReadOnlyContexts()
    {
    }

    /// <summary>Lets <paramref name="context"/> write until the returned scope ends.</summary>
    public static WriteScope AllowWrites(DbContext context)
    {
        Writable.AddOrUpdate(context, Writable);
        return new WriteScope(context);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ThrowUnlessWritable(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ThrowUnlessWritable(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        ThrowUnlessWritable(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ThrowUnlessWritable(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void ThrowUnlessWritable(DbContext? context)
    {
        if (context is not null && !Writable.TryGetValue(context, out _))
        {
            throw new InvalidOperationException(
                $"A {context.GetType().Name} from the context factory only reads; write through DatabaseWrites<T>.RunAsync.");
        }
    }

    /// <summary>Ends a context's permission to write (a pooled context is lent to a reader next).</summary>
    public readonly struct WriteScope(DbContext context) : IDisposable
    {
        public void Dispose() => Writable.Remove(context);
    }
}
