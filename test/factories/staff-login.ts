/** Signs a demo staff user in over REST (password `demo1234`): the token and the user's id. */
export async function loginAs(url: string, email: string): Promise<{ token: string; userId: string }> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  const body = (await response.json()) as { token: string; user: { id: string } };
  return { token: body.token, userId: body.user.id };
}
