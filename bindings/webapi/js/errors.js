'use strict';
// Node-style errors and validators: the host's internal/errors (in jsloop,
// bindings/js/internal_errors.js), plus what only the web APIs need.

const host = internal.hostModule('internal/errors');
if (host === undefined || host === null) {
  throw new Error('jsloop: the web APIs need the host module internal/errors (webapi.Options.Require)');
}

// Node's URL errors keep the plain "TypeError: Invalid URL" header.
function ERR_INVALID_URL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

module.exports = {
  ...host,
  codes: { ...host.codes, ERR_INVALID_URL },
  domException: internal.domException,
};
