'use client';

import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { safeCallbackPath } from './callback-url';

type Credentials = { username: string; password: string };

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit({ username, password }: Credentials) {
    setSubmitting(true);
    setError(null);
    try {
      const result = await signIn('credentials', { username, password, redirect: false });
      if (!result || result.error || !result.ok) {
        // next-auth's generic code means the provider gave no reason; otherwise the server's message is shown as is.
        const reason = result?.error;
        setError(!reason || reason === 'CredentialsSignin' ? t('invalidCredentials') : reason);
        return;
      }
      router.replace(safeCallbackPath(callbackUrl, window.location.origin));
      router.refresh();
    } catch {
      setError(t('networkError'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', padding: 16, background: '#f5f5f5' }}>
      <div style={{ position: 'absolute', top: 12, insetInlineEnd: 12 }}>
        <LocaleSwitcher />
      </div>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={2} style={{ textAlign: 'center', marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('subtitle')}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} disabled={submitting}>
          <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('usernameRequired') }]}>
            <Input id="username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password id="password" prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
