namespace DanVan.Domain.Text;

/// <summary>Turns rejected input into the text an issue shows: cut to a readable length so hostile input cannot bloat messages.</summary>
internal static class AttemptedValue
{
    internal const int MaximumLength = 120;

    internal static string Of(ReadOnlySpan<char> text) =>
        text.Length <= MaximumLength ? text.ToString() : string.Concat(text[..MaximumLength], "…");
}
