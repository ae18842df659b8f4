import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective } from '@jsverse/transloco';
import { PAGE_SIZE_DEFAULT, Page, ROLES, Role, UserSummaryDto } from '@skema/contracts';
import { Subject, combineLatest, debounceTime, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { translatedOptions } from '../../../core/i18n/translated-options';
import { LOADING, Loadable, loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { PaginatorIntlService } from '../../../shared/table/paginator-intl.service';
import { EditRolesDialogComponent, EditRolesDialogData } from './edit-roles-dialog.component';
import { InviteStaffDialogComponent } from './invite-staff-dialog.component';
import { UserQuery, UserSort, UserSortField, UsersApi } from './users-api';

const WIDE_COLUMNS = ['displayName', 'email', 'roles', 'organisation', 'status', 'createdAt', 'actions'];
const NARROW_COLUMNS = ['displayName', 'roles', 'actions'];

/** Everyone with an account: find them, see their state, change their roles, invite staff. */
@Component({
  selector: 'sk-users-page',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatPrefix,
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTableModule,
    NoticeComponent,
    ReactiveFormsModule,
    SkDatePipe,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.component.html',
  styleUrl: './users-page.component.scss',
})
export class UsersPageComponent {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);

  protected readonly roleOptions = translatedOptions(ROLES, 'roles');
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly roleFilter = new FormControl<Role | null>(null);

  protected readonly query = signal<UserQuery>({
    page: 1,
    pageSize: PAGE_SIZE_DEFAULT,
    q: '',
    role: null,
    sort: 'displayName',
  });
  protected readonly sortField = computed(() => this.query().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed(() => (this.query().sort.startsWith('-') ? 'desc' : 'asc'));
  protected readonly notice = signal<{ key: string; params: Record<string, string> } | null>(null);

  private readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => (this.narrow() ? NARROW_COLUMNS : WIDE_COLUMNS));

  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    combineLatest([toObservable(this.query), this.reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([query]) => loadable(this.api.list(query))),
    ),
    { initialValue: LOADING as Loadable<Page<UserSummaryDto>> },
  );

  constructor() {
    // Typing narrows the list after a pause, not on every key: one request per thought.
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.query.update((query) => ({ ...query, q, page: 1 })));
    this.roleFilter.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((role) => this.query.update((query) => ({ ...query, role, page: 1 })));
  }

  protected sortBy(sort: Sort): void {
    const field = (sort.active || 'displayName') as UserSortField;
    const value: UserSort = sort.direction === 'desc' ? `-${field}` : field;
    this.query.update((query) => ({ ...query, sort: value, page: 1 }));
  }

  protected changePage(event: PageEvent): void {
    this.query.update((query) => ({ ...query, page: event.pageIndex + 1, pageSize: event.pageSize }));
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected roleNames(roles: readonly Role[]): string {
    const labels = new Map(this.roleOptions().map((option) => [option.value, option.label]));
    return roles.map((role) => labels.get(role) ?? role).join(', ');
  }

  protected invite(): void {
    this.dialog
      .open<InviteStaffDialogComponent, void, UserSummaryDto>(InviteStaffDialogComponent, { width: '36rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((invited) => {
        if (!invited) return;
        this.notice.set({ key: 'admin.users.invited', params: { email: invited.email } });
        this.reload();
      });
  }

  protected editRoles(user: UserSummaryDto): void {
    this.dialog
      .open<EditRolesDialogComponent, EditRolesDialogData, UserSummaryDto>(EditRolesDialogComponent, {
        width: '32rem',
        maxWidth: '95vw',
        data: { user },
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.notice.set({ key: 'admin.users.rolesSaved', params: { name: updated.displayName } });
        this.reload();
      });
  }
}
