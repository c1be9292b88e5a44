namespace DanVan.Domain.Validation;

/// <summary>
/// One named value that filled a message template, so a portal can render the issue again in its own words.
/// </summary>
/// <param name="Name">The placeholder name, as in the template (<c>{text}</c> has the name <c>text</c>).</param>
/// <param name="Value">The text that replaced the placeholder.</param>
public readonly record struct IssueArgument(string Name, string Value)
{
    /// <inheritdoc />
    public override string ToString() => Name + "=" + Value;
}
