/**
 * Reserved words per target language. A generated identifier that is in one of these sets must
 * be escaped; `identifiers.ts` decides how.
 */

/** Splits a whitespace-separated word list into a set. */
function toWordSet(text: string): ReadonlySet<string> {
  return new Set(text.trim().split(/\s+/));
}

/**
 * Python 3.11: hard keywords, soft keywords, and every public lower-case builtin (shadowing
 * `id`, `type` or `list` breaks code that uses them). `self` and `cls` are added because a
 * field of that name would clash with the method receiver. Case-sensitive.
 */
export const PYTHON_RESERVED = toWordSet(`
  False None True and as assert async await break class continue def del elif else except
  finally for from global if import in is lambda nonlocal not or pass raise return try while
  with yield
  match case type _
  abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod
  compile complex copyright credits delattr dict dir divmod enumerate eval exec exit filter float
  format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter
  len license list locals map max memoryview min next object oct open ord pow print property
  quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple vars
  zip
  self cls
`);

/**
 * Words that cannot name a local binding in strict-mode ECMAScript modules, and therefore not
 * in TypeScript either: reserved words, strict-mode reserved words, `await` (module code), and
 * `arguments` / `eval`. Contextual words (`type`, `as`, `from`, `of`, `async`) are allowed.
 */
export const TYPESCRIPT_RESERVED = toWordSet(`
  break case catch class const continue debugger default delete do else enum export extends
  false finally for function if import in instanceof new null return super switch this throw
  true try typeof var void while with
  implements interface let package private protected public static yield
  await arguments eval
`);

/**
 * Java 17 keywords (including the unused `const` and `goto`, and `_`) and the literals `true`,
 * `false` and `null`. Contextual keywords (`var`, `record`, `yield`, `sealed`, `permits`) are
 * legal identifiers and not listed. Case-sensitive.
 */
export const JAVA_RESERVED = toWordSet(`
  abstract assert boolean break byte case catch char class const continue default do double
  else enum extends final finally float for goto if implements import instanceof int interface
  long native new package private protected public return short static strictfp super switch
  synchronized this throw throws transient try void volatile while _
  true false null
`);

/**
 * Public top-level types of `java.lang` (Java 17), which every compilation unit imports
 * implicitly: a generated class of the same name would shadow them.
 */
export const JAVA_LANG_TYPES = toWordSet(`
  Appendable AutoCloseable CharSequence Cloneable Comparable Iterable Readable Runnable
  ProcessHandle StackWalker
  Boolean Byte Character Class ClassLoader ClassValue Compiler Double Enum Float
  InheritableThreadLocal Integer Long Math Module ModuleLayer Number Object Package Process
  ProcessBuilder Record Runtime RuntimePermission SecurityManager Short StackTraceElement
  StrictMath String StringBuffer StringBuilder System Thread ThreadGroup ThreadLocal Throwable
  Void
  Deprecated FunctionalInterface Override SafeVarargs SuppressWarnings
  ArithmeticException ArrayIndexOutOfBoundsException ArrayStoreException ClassCastException
  ClassNotFoundException CloneNotSupportedException EnumConstantNotPresentException Exception
  IllegalAccessException IllegalArgumentException IllegalCallerException
  IllegalMonitorStateException IllegalStateException IllegalThreadStateException
  IndexOutOfBoundsException InstantiationException InterruptedException
  LayerInstantiationException NegativeArraySizeException NoSuchFieldException
  NoSuchMethodException NullPointerException NumberFormatException ReflectiveOperationException
  RuntimeException SecurityException StringIndexOutOfBoundsException TypeNotPresentException
  UnsupportedOperationException
  AbstractMethodError AssertionError BootstrapMethodError ClassCircularityError ClassFormatError
  Error ExceptionInInitializerError IllegalAccessError IncompatibleClassChangeError
  InstantiationError InternalError LinkageError NoClassDefFoundError NoSuchFieldError
  NoSuchMethodError OutOfMemoryError StackOverflowError ThreadDeath UnknownError
  UnsatisfiedLinkError UnsupportedClassVersionError VerifyError VirtualMachineError
`);

/** Go's 25 keywords and its predeclared identifiers (types, constants, zero value, builtins). */
export const GO_RESERVED = toWordSet(`
  break case chan const continue default defer else fallthrough for func go goto if import
  interface map package range return select struct switch type var
  any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32
  int64 rune string uint uint8 uint16 uint32 uint64 uintptr
  true false iota nil
  append cap clear close complex copy delete imag len make max min new panic print println
  real recover
`);

/**
 * PostgreSQL 16 key words marked "reserved" or "reserved (can be function or type)" in the SQL
 * Key Words appendix: as a table or column name these must be double-quoted. Lower case.
 */
export const SQL_RESERVED = toWordSet(`
  all analyse analyze and any array as asc asymmetric both case cast check collate column
  constraint create current_catalog current_date current_role current_time current_timestamp
  current_user default deferrable desc distinct do else end except false fetch for foreign from
  grant group having in initially intersect into lateral leading limit localtime localtimestamp
  not null offset on only or order placing primary references returning select session_user
  some symmetric system_user table then to trailing true union unique user using variadic when
  where window with
  authorization binary collation concurrently cross current_schema freeze full ilike inner is
  isnull join left like natural notnull outer overlaps right similar tablesample verbose
`);
