import { startTestApp, type TestApp, demoAccount } from '../testing/test-app';

const counselor = demoAccount('counselor');

describe('HTTP hardening', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers health when the database answers', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('refuses unknown fields with 400 naming each', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ ...counselor, role: 'admin' })
      .expect(400);
    expect(response.body.fields).toEqual([
      { field: 'displayName', message: 'displayName is not an accepted field' },
      { field: 'role', message: 'role is not an accepted field' },
    ]);
  });

  it('answers malformed JSON with a JSON 400 and no parser internals', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "counselor", ')
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid JSON',
    });
  });

  it('answers a body over 1 MB with 413', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ username: 'counselor', password: 'x'.repeat(1024 * 1024) })
      .expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'The request body is larger than 1 MB',
    });
  });

  it('answers an unknown route with a JSON 404 once signed-in is not the question', async () => {
    const response = await t.http.get('/api/nothing-here').expect(404);
    expect(response.body.statusCode).toBe(404);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('sends security headers with a Content-Security-Policy and no X-Powered-By', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toContain(
      "default-src 'self'",
    );
    expect(response.headers['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps CORS closed by default', async () => {
    const response = await t.http
      .get('/api/health')
      .set('Origin', 'https://evil.example')
      .expect(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('publishes the OpenAPI document generated from the DTOs', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      jasmine.arrayContaining([
        '/api/auth/login',
        '/api/auth/me',
        '/api/users',
        '/api/users/{id}',
        '/api/health',
      ]),
    );
    expect(
      response.body.components.schemas.CreateUserDto.properties.password
        .minLength,
    ).toBe(12);
  });
});
