// atob and btoa implement forgiving-base64 and throw InvalidCharacterError DOMExceptions.
console.log(btoa('Hello, World!'), btoa(''), btoa('\xff\xfe\x00'), btoa(12), btoa(undefined));
console.log(atob('SGVsbG8sIFdvcmxkIQ=='), JSON.stringify(atob(' S G V s\nb G 8 = ')), atob('YQ'), atob('YR=='));
console.log(Array.from(atob('AAEC/f7/'), (c) => c.charCodeAt(0)));
for (const input of ['a', 'ab=c', '-_', 'a===', '\u00e4', 'abcde']) {
  try { atob(input); } catch (e) { console.log(JSON.stringify(input), e instanceof DOMException, e.name, e.code, e.message); }
}
try { btoa('\u0100'); } catch (e) { console.log(e.name, e.code, e.message); }
try { atob(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(atob.name, atob.length, btoa.name, btoa.length);
