namespace Explainer.Diagnostics;

/// <summary>Stable error codes; each is listed with an example in docs/errors.md.</summary>
public static class ErrorCodes
{
    /// <summary>The input folder does not exist.</summary>
    public const string InputFolderMissing = "XPL0001";

    /// <summary>A module failed unexpectedly; the message names pipeline, phase and module.</summary>
    public const string ModuleFailed = "XPL0002";

    /// <summary>The output folder cannot be used (it is the input folder or inside it).</summary>
    public const string OutputFolderInvalid = "XPL0003";

    /// <summary>A file cannot be read.</summary>
    public const string FileUnreadable = "XPL0004";

    /// <summary>The theme folder or one of its required files is missing.</summary>
    public const string ThemeMissing = "XPL0005";

    /// <summary>The output folder holds files and no manifest: the build did not write it, and leaves it alone.</summary>
    public const string OutputFolderNotOurs = "XPL0006";

    /// <summary>A file the build did not write stands where the site puts a file or folder.</summary>
    public const string OutputFileInTheWay = "XPL0007";

    /// <summary>A warning: a file in the output folder that the build did not write, left alone.</summary>
    public const string OutputFileLeftAlone = "XPL0008";

    /// <summary>A symbolic link in the input folder that leads outside it.</summary>
    public const string LinkLeavesInput = "XPL0009";

    /// <summary>YAML that does not parse.</summary>
    public const string YamlSyntax = "XPL0101";

    /// <summary>A key the schema does not know.</summary>
    public const string UnknownKey = "XPL0102";

    /// <summary>A value of the wrong type.</summary>
    public const string WrongType = "XPL0103";

    /// <summary>A required field is missing or empty.</summary>
    public const string MissingField = "XPL0104";

    /// <summary>Two entries have the same id.</summary>
    public const string DuplicateId = "XPL0105";

    /// <summary>A date without a time zone, or not a date at all.</summary>
    public const string InvalidDate = "XPL0106";

    /// <summary>A URL with a scheme other than http, https, mailto, or a path leaving the input folder.</summary>
    public const string UnsafeUrl = "XPL0107";

    /// <summary>An id that is not a valid URL segment.</summary>
    public const string InvalidId = "XPL0108";

    /// <summary>A reference (speaker, evidence, scene step, media…) to an id that does not exist.</summary>
    public const string DanglingReference = "XPL0109";

    /// <summary>article.md has no front matter.</summary>
    public const string FrontMatterMissing = "XPL0110";

    /// <summary>An attribute in the Markdown that could run script or break the page.</summary>
    public const string UnsafeAttribute = "XPL0111";

    /// <summary>A language code that is not a BCP 47 tag the tool knows.</summary>
    public const string InvalidLanguage = "XPL0112";

    /// <summary>A value outside the allowed set (e.g. a media type), or a list that is too short.</summary>
    public const string InvalidValue = "XPL0113";

    /// <summary>An explainer.yml in a folder without article.md, or another file in the wrong place.</summary>
    public const string MisplacedFile = "XPL0114";

    /// <summary>A quote whose words do not stand in the blocks it names.</summary>
    public const string QuoteNotInText = "XPL0115";

    /// <summary>A warning: a map label finds no room that keeps it clear of other labels, markers and the frame, and is left out.</summary>
    public const string MapLabelHidden = "XPL0116";

    /// <summary>A warning: a page's language has no UI strings file in the theme, so its labels are in English.</summary>
    public const string UiStringsMissing = "XPL0117";

    /// <summary>A Scriban template that does not parse.</summary>
    public const string TemplateSyntax = "XPL0201";

    /// <summary>A Scriban template that fails while rendering (e.g. an unknown variable).</summary>
    public const string TemplateRuntime = "XPL0202";

    /// <summary>A layout or partial that does not exist.</summary>
    public const string TemplateMissing = "XPL0203";

    /// <summary><c>explainer import</c> would overwrite an explainer's article.md or explainer.yml (use --force).</summary>
    public const string ImportTargetExists = "XPL0301";

    /// <summary>The article to import has no text.</summary>
    public const string ImportSourceEmpty = "XPL0302";

    /// <summary><c>explainer check</c>: a link or source inside the site names a file the built site does not have.</summary>
    public const string LinkTargetMissing = "XPL0401";

    /// <summary><c>explainer check</c>: a <c>#fragment</c> names no id on its target page.</summary>
    public const string FragmentMissing = "XPL0402";

    /// <summary><c>explainer check</c>: a root-relative URL that does not start with the base path, so it leaves a project site.</summary>
    public const string LinkOutsideBasePath = "XPL0403";

    /// <summary><c>explainer check</c>: a page or its JavaScript is over the size budget (see SiteBudgets).</summary>
    public const string OverBudget = "XPL0404";
}
