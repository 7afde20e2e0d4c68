import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { StaffMember } from '@casebook/shared/contracts';
import { StaffApi, assignableStaff } from './staff-api';

const staff: StaffMember[] = [
  { id: 'a', displayName: 'Alex Admin', role: 'admin', active: true },
  { id: 'c', displayName: 'Casey Counselor', role: 'counselor', active: true },
  { id: 'g', displayName: 'Gale Gone', role: 'counselor', active: false },
  { id: 'm', displayName: 'Me Myself', role: 'counselor', active: true },
  { id: 's', displayName: 'Sky Supervisor', role: 'supervisor', active: true },
];

describe('StaffApi', () => {
  it('reads /api/users/staff', () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    let result: StaffMember[] | undefined;
    TestBed.inject(StaffApi)
      .list()
      .subscribe((list) => (result = list));
    http.expectOne({ method: 'GET', url: '/api/users/staff' }).flush(staff);
    expect(result).toEqual(staff);
    http.verify();
  });
});

describe('assignableStaff', () => {
  it('keeps active counselors and supervisors, in order, minus the excluded ids', () => {
    expect(
      assignableStaff(staff, ['m', null]).map((member) => member.id),
    ).toEqual(['c', 's']);
    expect(assignableStaff(staff).map((member) => member.id)).toEqual([
      'c',
      'm',
      's',
    ]);
  });
});
