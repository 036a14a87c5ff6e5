'use client';

import { Form, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { PropertyProblem } from './field-problems';
import { useProblemText } from './problem-text';

type Props = {
  label: ReactNode;
  /** The control's id, so the label is its accessible name. */
  htmlFor?: string;
  problems?: PropertyProblem[];
  help?: ReactNode;
  required?: boolean;
  children: ReactNode;
};

/** A labelled control that shows its problems in place of its help text. */
export function PropertyItem({ label, htmlFor, problems = [], help, required, children }: Props) {
  const problemText = useProblemText();
  const failing = problems.length > 0;
  return (
    <Form.Item
      label={label}
      htmlFor={htmlFor}
      required={required}
      validateStatus={failing ? 'error' : undefined}
      help={failing ? problems.map((problem, index) => <div key={index}>{problemText(problem)}</div>) : help}
    >
      {children}
    </Form.Item>
  );
}

type GroupProps = { legend: ReactNode; problems?: PropertyProblem[]; help?: ReactNode; children: ReactNode };

/** Controls that only mean something together (a pair of fields), under one legend. */
export function PropertyGroup({ legend, problems = [], help, children }: GroupProps) {
  const problemText = useProblemText();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px', minWidth: 0 }}>
      <legend style={{ fontSize: 14, fontWeight: 500, border: 0, marginBottom: 8 }}>{legend}</legend>
      {children}
      {problems.length > 0 ? (
        <div role="alert">
          {problems.map((problem, index) => (
            <Typography.Text key={index} type="danger" style={{ display: 'block' }}>
              {problemText(problem)}
            </Typography.Text>
          ))}
        </div>
      ) : (
        help && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {help}
          </Typography.Text>
        )
      )}
    </fieldset>
  );
}
