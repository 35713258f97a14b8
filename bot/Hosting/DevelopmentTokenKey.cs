using System.Security.Cryptography;
using Microsoft.Extensions.Configuration.Memory;
using Termine.Booking.Appointments;

namespace Termine.Bot.Hosting;

public static class DevelopmentTokenKey
{
    /// <summary>
    /// A random Termine:Tokens:Key as Development's weakest configuration source, so `dotnet run` works unconfigured;
    /// its QR codes and links work only until the process stops. Every other environment must set the key (validated
    /// at start by <see cref="TokenOptionsValidation"/>).
    /// </summary>
    public static WebApplicationBuilder AddDevelopmentTokenKey(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            var fallback = new MemoryConfigurationSource
            {
                InitialData = [new KeyValuePair<string, string?>(
                    $"{TokenOptions.SectionName}:{nameof(TokenOptions.Key)}", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))],
            };
            builder.Configuration.Sources.Insert(0, fallback);
        }

        return builder;
    }
}
