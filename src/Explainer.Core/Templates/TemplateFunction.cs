using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Templates;

/// <summary>
/// A method of <see cref="TemplateFunctions"/> as templates call it. Scriban checks the arguments
/// against the method's parameters and converts them, as for any imported method; the call itself
/// then goes through a typed delegate, where an imported method would be invoked by reflection, its
/// arguments boxed into an array, on each of the thousands of calls a page makes. (Scriban calls its
/// own built-in functions the same way.)
/// </summary>
internal sealed class TemplateFunction : DynamicCustomFunction, IScriptFunctionInfo
{
    private readonly Func<TemplateContext, ScriptArray, object?> _call;

    private TemplateFunction(MethodInfo method, Func<TemplateContext, ScriptArray, object?> call)
        : base(method, method.GetParameters())
    {
        _call = call;
    }

    /// <summary>
    /// The function for <paramref name="method"/>, which <paramref name="call"/> calls with the
    /// arguments Scriban has converted to its parameters' types, in order, defaults filled in.
    /// </summary>
    public static TemplateFunction For(string method, Func<TemplateContext, ScriptArray, object?> call) =>
        new(typeof(TemplateFunctions).GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new ArgumentException($"TemplateFunctions has no method '{method}'", nameof(method)), call);

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _call(context, arguments);

    /// <summary>
    /// The parameter at <paramref name="index"/>. Scriban asks for the parameter of each argument
    /// before it counts them, and for one past the last its own answer is "Argument index must be
    /// &lt; 1": a call with too many arguments gets this message instead, at the call.
    /// </summary>
    ScriptParameterInfo IScriptFunctionInfo.GetParameterInfo(int index) =>
        index < ParameterCount
            ? GetParameterInfo(index)
            : throw new ArgumentException($"this function takes {(ParameterCount == 1 ? "one argument" : $"at most {ParameterCount} arguments")}, not {index + 1}");

    /// <summary>Argument <paramref name="index"/> as text; null is an error at that argument.</summary>
    public static string Text(ScriptArray arguments, int index) =>
        arguments[index] as string ?? throw new ScriptArgumentException(index, "expected text here, not null");

    /// <summary>Argument <paramref name="index"/> as a date; null is an error at that argument.</summary>
    public static DateTimeOffset Date(ScriptArray arguments, int index) =>
        arguments[index] is DateTimeOffset date ? date : throw new ScriptArgumentException(index, "expected a date here, not null");
}
