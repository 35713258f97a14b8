using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Termine.Bot.Tests.Conversation.Support;

/// <summary>
/// Keeps each item as JSON text written with Newtonsoft's default settings (no type names, dates parsed on read), as
/// a database-backed storage does; MemoryStorage keeps live JObjects with type names instead.
/// </summary>
internal sealed class JsonTextStorage : IStorage
{
    private readonly ConcurrentDictionary<string, string> _items = new();

    public IReadOnlyDictionary<string, string> Items => _items;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> found = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var json))
            {
                found[key] = JsonConvert.DeserializeObject<JObject>(json)!;
            }
        }

        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = JsonConvert.SerializeObject(value);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
