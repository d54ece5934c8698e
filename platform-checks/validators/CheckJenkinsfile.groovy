// Checks declarative Jenkinsfiles without a Jenkins controller: each file is compiled by the
// Groovy line Jenkins runs (2.4) through semantic analysis, then its `pipeline { }` block is
// walked with the rules of the pipeline-model-definition plugin's parser and validator
// (sections, directives, stage contents, post conditions, when conditions, environment).
// Step names and option arguments depend on the plugins a controller has: only the options,
// triggers, parameters and tools of Jenkins' suggested plugins are known here.
// Usage: java -cp groovy-2.4.21.jar groovy.ui.GroovyMain CheckJenkinsfile.groovy FILE...
// (the suite compiles it once with groovyc and runs the class: a third of the start-up time).

import org.codehaus.groovy.ast.ASTNode
import org.codehaus.groovy.ast.ModuleNode
import org.codehaus.groovy.ast.expr.BinaryExpression
import org.codehaus.groovy.ast.expr.ClosureExpression
import org.codehaus.groovy.ast.expr.ConstantExpression
import org.codehaus.groovy.ast.expr.Expression
import org.codehaus.groovy.ast.expr.GStringExpression
import org.codehaus.groovy.ast.expr.MapExpression
import org.codehaus.groovy.ast.expr.MethodCallExpression
import org.codehaus.groovy.ast.expr.TupleExpression
import org.codehaus.groovy.ast.expr.VariableExpression
import org.codehaus.groovy.ast.stmt.BlockStatement
import org.codehaus.groovy.ast.stmt.ExpressionStatement
import org.codehaus.groovy.ast.stmt.Statement
import org.codehaus.groovy.control.CompilationUnit
import org.codehaus.groovy.control.CompilerConfiguration
import org.codehaus.groovy.control.MultipleCompilationErrorsException
import org.codehaus.groovy.control.Phases
import org.codehaus.groovy.control.SourceUnit
import org.codehaus.groovy.control.messages.ExceptionMessage
import org.codehaus.groovy.control.messages.SyntaxErrorMessage
import org.codehaus.groovy.syntax.Types

class DeclarativeChecker {
    static final List<String> PIPELINE_SECTIONS = ['agent', 'environment', 'libraries', 'options',
        'parameters', 'post', 'stages', 'tools', 'triggers']
    static final List<String> STAGE_SECTIONS = ['agent', 'environment', 'failFast', 'input',
        'matrix', 'options', 'parallel', 'post', 'stages', 'steps', 'tools', 'when']
    static final List<String> STAGE_BODIES = ['steps', 'parallel', 'stages', 'matrix']
    static final Map<String, String> RENAMED_SECTIONS = [properties: 'options',
        jobProperties: 'options', wrappers: 'options', notifications: 'post', postBuild: 'post']
    static final List<String> AGENT_TYPES = ['docker', 'dockerfile', 'kubernetes', 'label', 'node']
    static final List<String> POST_CONDITIONS = ['always', 'changed', 'fixed', 'regression',
        'aborted', 'success', 'unsuccessful', 'unstable', 'failure', 'notBuilt', 'cleanup']
    static final List<String> WHEN_CONDITIONS = ['allOf', 'anyOf', 'branch', 'buildingTag',
        'changeRequest', 'changelog', 'changeset', 'environment', 'equals', 'expression',
        'isRestartedRun', 'not', 'tag', 'triggeredBy']
    static final List<String> WHEN_FLAGS = ['beforeAgent', 'beforeInput', 'beforeOptions']
    static final List<String> OPTIONS = ['ansiColor', 'buildDiscarder', 'checkoutToSubdirectory',
        'copyArtifactPermission', 'disableConcurrentBuilds', 'disableRestartFromStage',
        'disableResume', 'durabilityHint', 'githubProjectProperty', 'gitLabConnection', 'lock',
        'newContainerPerStage', 'overrideIndexTriggers', 'parallelsAlwaysFailFast',
        'preserveStashes', 'quietPeriod', 'rateLimitBuilds', 'retry', 'skipDefaultCheckout',
        'skipStagesAfterUnstable', 'timeout', 'timestamps']
    static final List<String> TRIGGERS = ['cron', 'githubPush', 'gitlab', 'parameterizedCron',
        'pollSCM', 'upstream']
    static final List<String> PARAMETERS = ['base64File', 'booleanParam', 'choice', 'credentials',
        'file', 'password', 'run', 'stashedFile', 'string', 'text']
    static final List<String> TOOL_TYPES = ['ant', 'dockerTool', 'git', 'go', 'gradle', 'jdk',
        'maven', 'nodejs']
    static final List<String> INPUT_FIELDS = ['id', 'message', 'ok', 'parameters', 'submitter',
        'submitterParameter']

    final String file
    final List<String> problems = []
    final Set<String> stageNames = new HashSet<String>()
    int stageCount = 0

    DeclarativeChecker(String file) { this.file = file }

    void error(ASTNode at, String message) {
        ASTNode node = at instanceof ExpressionStatement ? ((ExpressionStatement) at).expression : at
        int line = node == null ? 0 : Math.max(node.lineNumber, 0)
        int column = node == null ? 0 : Math.max(node.columnNumber, 0)
        problems << "${file}:${line}:${column}: ${message}".toString()
    }

    // --- matching the Groovy AST -------------------------------------------------------------

    static MethodCallExpression callOf(Statement statement) {
        if (statement instanceof ExpressionStatement &&
            statement.expression instanceof MethodCallExpression) {
            return (MethodCallExpression) statement.expression
        }
        return null
    }

    static String nameOf(MethodCallExpression call) {
        return call.implicitThis ? call.methodAsString : null
    }

    static List<Expression> argsOf(MethodCallExpression call) {
        if (call.arguments instanceof TupleExpression) {
            return ((TupleExpression) call.arguments).expressions
        }
        return [call.arguments]
    }

    static ClosureExpression blockOf(MethodCallExpression call) {
        List<Expression> args = argsOf(call)
        if (!args.isEmpty() && args.last() instanceof ClosureExpression) {
            return (ClosureExpression) args.last()
        }
        return null
    }

    static List<Statement> statementsOf(ClosureExpression block) {
        if (block.code instanceof BlockStatement) return ((BlockStatement) block.code).statements
        return [block.code]
    }

    static String literalOf(Expression expression) {
        if (expression instanceof ConstantExpression && expression.value instanceof String) {
            return (String) expression.value
        }
        return null
    }

    /** The block of a section such as `stages { }`, or null after reporting its absence. */
    ClosureExpression requireBlock(MethodCallExpression call, String what) {
        ClosureExpression block = blockOf(call)
        if (block == null || argsOf(call).size() != 1) {
            error(call, "${what} expects a block: ${what} { ... }")
            return null
        }
        return block
    }

    /** Each statement of a block as a named call; anything else is reported. */
    List<MethodCallExpression> callsIn(ClosureExpression block, String where) {
        List<MethodCallExpression> calls = []
        statementsOf(block).each { Statement statement ->
            MethodCallExpression call = callOf(statement)
            if (call == null || nameOf(call) == null) {
                error(statement, "unexpected statement in ${where}: only directives and steps " +
                    "are allowed here (put Groovy code in a script { } step)")
            } else {
                calls << call
            }
        }
        return calls
    }

    /** Reports sections named twice or unknown, and returns the sections by name. */
    Map<String, MethodCallExpression> sectionsOf(List<MethodCallExpression> calls,
                                                 List<String> allowed, String where) {
        Map<String, MethodCallExpression> sections = [:]
        calls.each { MethodCallExpression call ->
            String name = nameOf(call)
            if (sections.containsKey(name)) {
                error(call, "'${name}' appears more than once in ${where}")
            } else if (!allowed.contains(name)) {
                String hint = RENAMED_SECTIONS[name] ? " (use '${RENAMED_SECTIONS[name]}')" : ''
                error(call, "unknown section '${name}' in ${where}${hint}; allowed: " +
                    allowed.join(', '))
            } else {
                sections[name] = call
            }
        }
        return sections
    }

    // --- the declarative model ----------------------------------------------------------------

    void checkModule(ModuleNode module) {
        List<Statement> pipelines = module.statementBlock.statements.findAll { Statement s ->
            MethodCallExpression call = callOf(s)
            call != null && nameOf(call) == 'pipeline'
        }
        if (pipelines.isEmpty()) {
            error(null, 'no declarative pipeline { } block at the top level')
            return
        }
        if (pipelines.size() > 1) error(pipelines[1], 'more than one pipeline { } block')
        checkPipeline(callOf(pipelines[0]))
    }

    void checkPipeline(MethodCallExpression pipeline) {
        ClosureExpression block = requireBlock(pipeline, 'pipeline')
        if (block == null) return
        Map<String, MethodCallExpression> sections =
            sectionsOf(callsIn(block, 'pipeline'), PIPELINE_SECTIONS, 'pipeline')
        ['agent', 'stages'].each { String required ->
            if (!sections.containsKey(required)) {
                error(pipeline, "pipeline is missing the required section '${required}'")
            }
        }
        checkCommonSections(sections)
        if (sections.stages) checkStages(sections.stages, 'pipeline')
        if (sections.post) checkPost(sections.post, 'pipeline')
        if (sections.libraries) checkLibraries(sections.libraries)
        if (sections.parameters) checkNamedCalls(sections.parameters, 'parameters', PARAMETERS)
        if (sections.triggers) checkNamedCalls(sections.triggers, 'triggers', TRIGGERS)
    }

    /** The sections pipeline and stage share. */
    void checkCommonSections(Map<String, MethodCallExpression> sections) {
        if (sections.agent) checkAgent(sections.agent)
        if (sections.environment) checkEnvironment(sections.environment)
        if (sections.options) checkNamedCalls(sections.options, 'options', OPTIONS)
        if (sections.tools) checkTools(sections.tools)
    }

    void checkAgent(MethodCallExpression agent) {
        ClosureExpression block = blockOf(agent)
        List<Expression> args = argsOf(agent)
        if (block == null) {
            Expression only = args.size() == 1 ? args[0] : null
            String value = only instanceof VariableExpression ? ((VariableExpression) only).name :
                literalOf(only)
            if (!(value in ['any', 'none'])) {
                error(agent, "agent takes 'any', 'none' or a block with one of: " +
                    AGENT_TYPES.join(', '))
            }
            return
        }
        List<MethodCallExpression> types = callsIn(block, 'agent')
        if (types.size() != 1) {
            error(agent, 'agent { } holds exactly one agent type')
            return
        }
        MethodCallExpression type = types[0]
        if (!AGENT_TYPES.contains(nameOf(type))) {
            error(type, "unknown agent type '${nameOf(type)}'; known: ${AGENT_TYPES.join(', ')}")
        }
        if (argsOf(type).size() != 1) error(type, "agent type '${nameOf(type)}' takes one argument or a block")
    }

    void checkEnvironment(MethodCallExpression environment) {
        ClosureExpression block = requireBlock(environment, 'environment')
        if (block == null) return
        List<Statement> statements = statementsOf(block)
        if (statements.isEmpty()) error(environment, 'environment { } is empty')
        Set<String> names = new HashSet<String>()
        statements.each { Statement statement ->
            Expression expression = statement instanceof ExpressionStatement ?
                ((ExpressionStatement) statement).expression : null
            if (!(expression instanceof BinaryExpression) ||
                ((BinaryExpression) expression).operation.type != Types.EQUAL) {
                error(statement, 'environment holds NAME = value pairs only')
                return
            }
            BinaryExpression assignment = (BinaryExpression) expression
            Expression left = assignment.leftExpression
            String name = left instanceof VariableExpression ? ((VariableExpression) left).name : null
            if (name == null || !(name ==~ /[A-Za-z_][A-Za-z0-9_]*/)) {
                error(statement, "'${left.text}' is not a valid environment variable name")
            } else if (!names.add(name)) {
                error(statement, "environment variable ${name} is set twice")
            }
            Expression value = assignment.rightExpression
            boolean allowed = value instanceof ConstantExpression || value instanceof GStringExpression ||
                value instanceof MethodCallExpression ||
                (value instanceof BinaryExpression &&
                    ((BinaryExpression) value).operation.type == Types.PLUS)
            if (!allowed) {
                error(value, "environment value of ${name} must be a string, a concatenation " +
                    'or a function call such as credentials(...)')
            }
        }
    }

    /** options, triggers and parameters: calls without blocks, from a known set. */
    void checkNamedCalls(MethodCallExpression section, String what, List<String> known) {
        ClosureExpression block = requireBlock(section, what)
        if (block == null) return
        List<MethodCallExpression> calls = callsIn(block, what)
        if (calls.isEmpty()) error(section, "${what} { } is empty")
        calls.each { MethodCallExpression call ->
            if (blockOf(call) != null) error(call, "${what} entries take no block")
            if (!known.contains(nameOf(call))) {
                error(call, "unknown ${what} entry '${nameOf(call)}'; known: ${known.join(', ')}")
            }
        }
    }

    void checkTools(MethodCallExpression tools) {
        ClosureExpression block = requireBlock(tools, 'tools')
        if (block == null) return
        List<MethodCallExpression> calls = callsIn(block, 'tools')
        if (calls.isEmpty()) error(tools, 'tools { } is empty')
        calls.each { MethodCallExpression call ->
            if (!TOOL_TYPES.contains(nameOf(call))) {
                error(call, "unknown tool type '${nameOf(call)}'; known: ${TOOL_TYPES.join(', ')}")
            }
            if (argsOf(call).size() != 1 || blockOf(call) != null) {
                error(call, "tool ${nameOf(call)} takes one installation name")
            }
        }
    }

    void checkLibraries(MethodCallExpression libraries) {
        ClosureExpression block = requireBlock(libraries, 'libraries')
        if (block == null) return
        List<MethodCallExpression> calls = callsIn(block, 'libraries')
        if (calls.isEmpty()) error(libraries, 'libraries { } is empty')
        calls.each { MethodCallExpression call ->
            if (nameOf(call) != 'lib' || argsOf(call).size() != 1) error(call, "libraries hold lib('name@version') entries")
        }
    }

    void checkStages(MethodCallExpression stages, String where) {
        ClosureExpression block = requireBlock(stages, 'stages')
        if (block == null) return
        List<MethodCallExpression> calls = callsIn(block, "stages of ${where}")
        if (calls.isEmpty()) error(stages, "stages { } of ${where} holds no stage")
        calls.each { MethodCallExpression call -> checkStage(call) }
    }

    void checkStage(MethodCallExpression stage) {
        if (nameOf(stage) != 'stage') {
            error(stage, "expected stage('name') { ... }, found '${nameOf(stage)}'")
            return
        }
        List<Expression> args = argsOf(stage)
        String name = args.size() == 2 ? literalOf(args[0]) : null
        ClosureExpression block = blockOf(stage)
        if (name == null || block == null) {
            error(stage, "a stage is written stage('name') { ... } with a literal name")
            return
        }
        stageCount++
        if (!stageNames.add(name)) error(stage, "duplicate stage name '${name}'")
        String where = "stage '${name}'"
        Map<String, MethodCallExpression> sections =
            sectionsOf(callsIn(block, where), STAGE_SECTIONS, where)
        List<String> bodies = STAGE_BODIES.findAll { sections.containsKey(it) }
        if (bodies.size() != 1) {
            error(stage, "${where} must have exactly one of steps, stages, parallel or matrix" +
                (bodies.isEmpty() ? '' : " (has ${bodies.join(', ')})"))
        }
        checkCommonSections(sections)
        if (sections.steps) checkSteps(sections.steps, where)
        if (sections.stages) checkStages(sections.stages, where)
        if (sections.parallel) checkParallel(sections.parallel, where)
        if (sections.matrix) checkMatrix(sections.matrix, where)
        if (sections.post) checkPost(sections.post, where)
        if (sections.when) checkWhen(sections.when, where)
        if (sections.input) checkInput(sections.input, where)
        if (sections.failFast) checkBoolean(sections.failFast)
    }

    void checkParallel(MethodCallExpression parallel, String where) {
        ClosureExpression block = requireBlock(parallel, 'parallel')
        if (block == null) return
        List<MethodCallExpression> calls = callsIn(block, "parallel of ${where}")
        if (calls.isEmpty()) error(parallel, "parallel { } of ${where} holds no stage")
        calls.each { MethodCallExpression call -> checkStage(call) }
    }

    void checkMatrix(MethodCallExpression matrix, String where) {
        ClosureExpression block = requireBlock(matrix, 'matrix')
        if (block == null) return
        Map<String, MethodCallExpression> sections = sectionsOf(callsIn(block, "matrix of ${where}"),
            ['agent', 'axes', 'environment', 'excludes', 'options', 'post', 'stages', 'tools', 'when'],
            "matrix of ${where}")
        ['axes', 'stages'].each { String required ->
            if (!sections.containsKey(required)) error(matrix, "matrix of ${where} needs '${required}'")
        }
        if (sections.stages) checkStages(sections.stages, "matrix of ${where}")
    }

    void checkSteps(MethodCallExpression steps, String where) {
        ClosureExpression block = requireBlock(steps, 'steps')
        if (block == null) return
        if (statementsOf(block).isEmpty()) error(steps, "steps { } of ${where} holds no step")
        checkStepBlock(block, "steps of ${where}")
    }

    /** Steps are calls; a step's own block (dir, withEnv, ...) holds steps too, but script { } is free Groovy. */
    void checkStepBlock(ClosureExpression block, String where) {
        callsIn(block, where).each { MethodCallExpression call ->
            ClosureExpression inner = blockOf(call)
            if (inner != null && nameOf(call) != 'script') checkStepBlock(inner, "${nameOf(call)} { } in ${where}")
        }
    }

    void checkPost(MethodCallExpression post, String where) {
        ClosureExpression block = requireBlock(post, 'post')
        if (block == null) return
        List<MethodCallExpression> calls = callsIn(block, "post of ${where}")
        if (calls.isEmpty()) error(post, "post { } of ${where} holds no condition")
        Set<String> seen = new HashSet<String>()
        calls.each { MethodCallExpression call ->
            String condition = nameOf(call)
            if (!POST_CONDITIONS.contains(condition)) {
                error(call, "unknown post condition '${condition}'; known: ${POST_CONDITIONS.join(', ')}")
            } else if (!seen.add(condition)) {
                error(call, "post condition '${condition}' appears twice in ${where}")
            }
            ClosureExpression body = requireBlock(call, condition)
            if (body != null) {
                if (statementsOf(body).isEmpty()) error(call, "post ${condition} { } holds no step")
                checkStepBlock(body, "post ${condition} of ${where}")
            }
        }
    }

    void checkWhen(MethodCallExpression when, String where) {
        ClosureExpression block = requireBlock(when, 'when')
        if (block == null) return
        List<MethodCallExpression> calls = callsIn(block, "when of ${where}")
        List<MethodCallExpression> conditions = calls.findAll { !WHEN_FLAGS.contains(nameOf(it)) }
        calls.findAll { WHEN_FLAGS.contains(nameOf(it)) }.each { checkBoolean(it) }
        if (conditions.isEmpty()) error(when, "when { } of ${where} holds no condition")
        conditions.each { checkWhenCondition(it) }
    }

    void checkWhenCondition(MethodCallExpression condition) {
        String name = nameOf(condition)
        if (!WHEN_CONDITIONS.contains(name)) {
            error(condition, "unknown when condition '${name}'; known: ${WHEN_CONDITIONS.join(', ')}")
            return
        }
        ClosureExpression block = blockOf(condition)
        if (name == 'expression') {
            if (block == null) error(condition, 'expression needs a block: expression { ... }')
            return
        }
        if (name in ['not', 'allOf', 'anyOf']) {
            if (block == null) {
                error(condition, "${name} needs a block of conditions")
                return
            }
            List<MethodCallExpression> children = callsIn(block, name)
            if (name == 'not' && children.size() != 1) error(condition, 'not { } holds exactly one condition')
            if (children.isEmpty()) error(condition, "${name} { } holds no condition")
            children.each { checkWhenCondition(it) }
        } else if (block != null) {
            error(condition, "when condition '${name}' takes no block")
        }
    }

    void checkInput(MethodCallExpression input, String where) {
        ClosureExpression block = requireBlock(input, 'input')
        if (block == null) return
        Map<String, MethodCallExpression> fields =
            sectionsOf(callsIn(block, "input of ${where}"), INPUT_FIELDS, "input of ${where}")
        if (!fields.containsKey('message')) error(input, "input of ${where} needs a message")
        if (fields.parameters) checkNamedCalls(fields.parameters, 'parameters', PARAMETERS)
    }

    void checkBoolean(MethodCallExpression call) {
        List<Expression> args = argsOf(call)
        if (args.size() != 1 || !(args[0] instanceof ConstantExpression) ||
            !(((ConstantExpression) args[0]).value instanceof Boolean)) {
            error(call, "${nameOf(call)} takes true or false")
        }
    }
}

/** Compiles the file through semantic analysis; returns its module, or null after printing errors. */
ModuleNode compile(File file, List<String> problems) {
    CompilationUnit unit = new CompilationUnit(new CompilerConfiguration())
    SourceUnit source = unit.addSource(file.path, file.getText('UTF-8'))
    try {
        unit.compile(Phases.SEMANTIC_ANALYSIS)
        return source.AST
    } catch (MultipleCompilationErrorsException failure) {
        failure.errorCollector.errors.each { message ->
            if (message instanceof SyntaxErrorMessage) {
                def cause = ((SyntaxErrorMessage) message).cause
                problems << "${file.path}:${cause.line}:${cause.startColumn}: syntax error: ${cause.originalMessage}".toString()
            } else if (message instanceof ExceptionMessage) {
                problems << "${file.path}:0:0: ${((ExceptionMessage) message).cause.message}".toString()
            } else {
                problems << "${file.path}:0:0: ${message.message}".toString()
            }
        }
        return null
    }
}

if (args.length == 0) {
    System.err.println('usage: CheckJenkinsfile JENKINSFILE...')
    System.exit(2)
}
int failed = 0
args.each { String path ->
    File file = new File(path)
    List<String> problems = []
    ModuleNode module = compile(file, problems)
    if (module != null) {
        DeclarativeChecker checker = new DeclarativeChecker(path)
        checker.checkModule(module)
        problems.addAll(checker.problems)
        if (problems.isEmpty()) {
            println "${path}: declarative pipeline with ${checker.stageCount} stages, no problems"
        }
    }
    problems.each { System.out.println(it) }
    if (!problems.isEmpty()) failed++
}
System.exit(failed == 0 ? 0 : 1)
