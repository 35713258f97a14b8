using System.Collections;
using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Termine.Booking.Configuration;

/// <summary>
/// The configuration binder skips an element of a list or dictionary that it cannot convert, without a word: a typo in
/// one opening period ("8 Uhr") silently closed that morning. This reads every element of the options' collections
/// again on its own, where a value that does not convert throws the binder's "Failed to convert configuration value at
/// 'KEY'" (which the host reports as one line), and refuses a dictionary key that is not one of an enum's names.
/// </summary>
public sealed class CollectionValuesValidator<TOptions>(IConfiguration? configuration, string sectionName) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (configuration is null)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        CheckMembers(configuration.GetSection(sectionName), typeof(TOptions), failures, insideCollection: false);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(IConfigurationSection section, Type type, List<string> failures, bool insideCollection)
    {
        if (CollectionTypes(type) is var (keyType, elementType))
        {
            foreach (var element in section.GetChildren())
            {
                if (keyType is { IsEnum: true } && !(Enum.TryParse(keyType, element.Key, ignoreCase: true, out var known) && Enum.IsDefined(keyType, known)))
                {
                    failures.Add($"{element.Path} names \"{element.Key}\", which is not allowed; use one of {string.Join(", ", Enum.GetNames(keyType))}.");
                    continue;
                }

                Check(element, elementType, failures, insideCollection: true);
            }
        }
        else if (IsValue(type))
        {
            // Only a collection's elements were skipped; a plain property's conversion already failed at binding.
            if (insideCollection && section.Value is not null)
            {
                section.Get(type);
            }
        }
        else
        {
            CheckMembers(section, type, failures, insideCollection);
        }
    }

    private static void CheckMembers(IConfigurationSection section, Type type, List<string> failures, bool insideCollection)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var child = section.GetSection(property.Name);
            if (child.Exists())
            {
                Check(child, property.PropertyType, failures, insideCollection);
            }
        }
    }

    private static bool IsValue(Type type) =>
        type == typeof(string) || type.IsPrimitive || type.IsEnum || Nullable.GetUnderlyingType(type) is not null
        || TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string));

    /// <summary>The key type (null for a list) and element type of a list, array or dictionary; null for anything else.</summary>
    private static (Type? Key, Type Element)? CollectionTypes(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return (null, type.GetElementType()!);
        }

        var dictionary = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            return (dictionary.GetGenericArguments()[0], dictionary.GetGenericArguments()[1]);
        }

        var enumerable = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is null ? null : (null, enumerable.GetGenericArguments()[0]);
    }
}
