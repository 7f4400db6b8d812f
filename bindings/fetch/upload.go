package fetch

import (
	"bytes"
	"errors"
	"io"

	"github.com/dop251/goja"
)

// errUploadAborted ends a streamed request body whose stream failed or was cancelled:
// the request is cut off rather than sent short.
var errUploadAborted = errors.New("fetch: the request body stream failed")

// An upload is a request body the script streams (a ReadableStream or async iterable
// body): the transport reads it from a pipe as fetch.js writes its chunks with
// native.upload, one at a time, each write resolving when the transport has taken the
// chunk, so that a slow server slows the stream down. It is sent with chunked
// transfer coding unless the script gave a Content-Length.
type upload struct {
	r *io.PipeReader
	w *io.PipeWriter
}

func newUpload() *upload {
	r, w := io.Pipe()
	return &upload{r: r, w: w}
}

// jsUpload is native.upload(handle, chunk): a promise that resolves once the transport
// has taken chunk (a Uint8Array), and rejects when the request has ended or failed.
func (m *Module) jsUpload(c goja.FunctionCall) goja.Value {
	rt := m.rt
	p, resolve, reject := rt.NewPromise()
	ex := exchangeOf(c.Argument(0))
	if ex == nil || ex.upload == nil {
		_ = reject(rt.NewTypeError("fetch: no streamed request body"))
		return rt.ToValue(p)
	}
	var data []byte
	if b, ok := c.Argument(1).Export().([]byte); ok {
		data = bytes.Clone(b) // the script may reuse its buffer once the write resolves
	}
	complete := m.loop.Hold()
	w := ex.upload.w
	go func() {
		_, err := w.Write(data)
		_ = complete(func(*goja.Runtime) error {
			if err != nil {
				return reject(ex.bodyError(err))
			}
			return resolve(goja.Undefined())
		})
	}()
	return rt.ToValue(p)
}

// jsUploadEnd is native.uploadEnd(handle, failed): the body is complete, or (failed)
// its stream failed and the request is cut off.
func (m *Module) jsUploadEnd(c goja.FunctionCall) goja.Value {
	if ex := exchangeOf(c.Argument(0)); ex != nil && ex.upload != nil {
		if c.Argument(1).ToBoolean() {
			_ = ex.upload.w.CloseWithError(errUploadAborted)
		} else {
			_ = ex.upload.w.Close()
		}
	}
	return goja.Undefined()
}
