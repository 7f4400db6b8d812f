// Accessor properties print as [Getter], [Setter] or [Getter/Setter]; sparse arrays show "empty items".
const o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
  plain: 3,
};
console.log(o);
console.log([1, , 3], [, , ,], new Array(5));
const sparse = [1, 2];
sparse[10] = 11;
console.log(sparse);
const withProps = [1, 2];
withProps.extra = 'x';
console.log(withProps);
