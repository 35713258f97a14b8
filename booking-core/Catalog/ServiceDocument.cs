namespace Termine.Booking.Catalog;

/// <summary>A document a resident brings to the appointment, with a short practical note.</summary>
public sealed record ServiceDocument(LocalizedText Name, LocalizedText Note);
