using System.Text.Json.Serialization;

namespace DanVan.Domain.Regulations;

/// <summary>
/// The facts of a <see cref="Regulation"/> that a catalog may mark as uncertain: where the sources disagreed, the
/// only source was weak, or the fact was not found and a documented default stands in (for instance, the entry into
/// force taken to be the issue date).
/// </summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<RegulationFacts>))]
public enum RegulationFacts
{
    /// <summary>Every fact is read in a source.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>The number.</summary>
    [JsonStringEnumMemberName("number")]
    Number = 1,

    /// <summary>The kind of document.</summary>
    [JsonStringEnumMemberName("kind")]
    Kind = 2,

    /// <summary>The issuing body.</summary>
    [JsonStringEnumMemberName("issuer")]
    Issuer = 4,

    /// <summary>The title (trích yếu): paraphrased, not read as printed.</summary>
    [JsonStringEnumMemberName("title")]
    Title = 8,

    /// <summary>The issue date.</summary>
    [JsonStringEnumMemberName("issueDate")]
    IssueDate = 16,

    /// <summary>The entry into force.</summary>
    [JsonStringEnumMemberName("entryIntoForce")]
    EntryIntoForce = 32,

    /// <summary>The end of force, or whether it has ended.</summary>
    [JsonStringEnumMemberName("endOfForce")]
    EndOfForce = 64,

    /// <summary>The relations to other documents.</summary>
    [JsonStringEnumMemberName("relations")]
    Relations = 128,
}
