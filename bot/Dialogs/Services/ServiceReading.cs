using Termine.Booking.Catalog;

namespace Termine.Bot.Dialogs.Services;

/// <summary>
/// What a resident's text says about the service they mean. <see cref="Confidence"/> (0 to 1) tells how much of a
/// name or search phrase the text covers and how far ahead of the rest the best service is: a dialog takes a
/// <see cref="IsCertain"/> reading as it is and offers buttons to confirm or choose otherwise.
/// </summary>
public abstract record ServiceReading
{
    /// <summary>From here a reading of one service is taken without asking back.</summary>
    public const double CertainFrom = 0.7;

    private ServiceReading(double confidence) => Confidence = confidence;

    public double Confidence { get; }

    public bool IsCertain => this is One && Confidence >= CertainFrom;

    /// <summary>The services read, best first (empty for <see cref="None"/>).</summary>
    public abstract IReadOnlyList<ServiceDefinition> Services { get; }

    /// <summary>No service is named or described.</summary>
    public sealed record None : ServiceReading
    {
        public None() : base(0)
        {
        }

        public override IReadOnlyList<ServiceDefinition> Services => [];
    }

    /// <summary>One service stands out.</summary>
    public sealed record One : ServiceReading
    {
        public One(ServiceDefinition service, double confidence) : base(confidence) => Service = service;

        public ServiceDefinition Service { get; }

        public override IReadOnlyList<ServiceDefinition> Services => [Service];
    }

    /// <summary>Two or three services fit about equally well ("Aufenthaltserlaubnis" alone): the resident chooses.</summary>
    public sealed record Ambiguous : ServiceReading
    {
        public Ambiguous(IReadOnlyList<ServiceDefinition> candidates, double confidence) : base(confidence) => Services = candidates;

        public override IReadOnlyList<ServiceDefinition> Services { get; }
    }
}
