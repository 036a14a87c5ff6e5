'use client';

import { TableOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useLabel } from '@/features/runtime/use-label';
import { useShell } from './shell-context';

export function WelcomeCard() {
  const t = useTranslations('home');
  const label = useLabel();
  const { user, entities, entitiesError, reloadEntities } = useShell();

  let body;
  if (entitiesError && !entities) {
    body = <Alert type="error" showIcon title={entitiesError.message} action={<Button size="small" onClick={reloadEntities}>{t('retry')}</Button>} />;
  } else if (!entities) {
    body = <Skeleton active paragraph={{ rows: 3 }} />;
  } else if (entities.length === 0) {
    body = <Empty description={t('noEntities')} />;
  } else {
    body = (
      <Row gutter={[12, 12]} role="list">
        {entities.map((view) => (
          <Col key={view.entity.key} xs={24} sm={12} lg={8} role="listitem">
            <Link href={`/r/${view.entity.key}`}>
              <Card size="small" hoverable>
                <TableOutlined /> {label(view.entity.label)}
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    );
  }

  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('welcome', { name: user.displayName })}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
